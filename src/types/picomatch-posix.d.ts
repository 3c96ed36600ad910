declare module 'picomatch/posix' {
  import picomatch from 'picomatch';
  export default picomatch;
}
