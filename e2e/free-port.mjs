// Prints a free TCP port on 127.0.0.1.
import net from 'node:net';
const s = net.createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });
