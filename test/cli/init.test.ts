/** `speclint --init`: the folders it names, and the config it writes (or, with one already there, does not). */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { folderKinds, initConfig } from '../../src/cli/commands/init.js';
import { run } from '../../src/cli/run.js';

describe('speclint --init', () => {
  describe('folderKinds', () => {
    it('names the widest folder whose files are nearly all one kind, and hands a mixed folder to its sub-folders', () => {
      const folders = folderKinds([
        { file: 'docs/rfcs/0001-a.md', kind: 'brief' },
        { file: 'docs/rfcs/0002-b.md', kind: 'brief' },
        { file: 'docs/rfcs/0003-c.md', kind: null },
        { file: 'docs/rfcs/nested/0004-d.md', kind: 'brief' },
        { file: 'docs/tickets/a.md', kind: 'ticket' },
        { file: 'docs/tickets/b.md', kind: 'brief' },
        { file: 'docs/tickets/c.md', kind: 'ticket' },
        { file: 'docs/tickets/d.md', kind: 'ticket' },
        { file: 'docs/guide.md', kind: null },
        { file: 'README.md', kind: null },
      ]);
      assert.deepEqual(folders.map((f) => [f.glob, f.kind, f.agree, f.files]), [['docs/rfcs/**', 'brief', 3, 4], ['docs/tickets/**', 'ticket', 3, 4]]);
      // What the folder's kind will overrule is shown to the user.
      assert.deepEqual(folders[1]!.others, [{ file: 'docs/tickets/b.md', kind: 'brief' }]);
    });
    it('needs three in four files of one kind and at least two files; guides and READMEs never make a folder a kind', () => {
      assert.deepEqual(folderKinds([{ file: 'adr/0001.md', kind: 'brief' }]), []);
      assert.deepEqual(folderKinds([{ file: 'a/x.md', kind: 'brief' }, { file: 'a/y.md', kind: null }]), []);
      assert.deepEqual(folderKinds([{ file: 'a/x.md', kind: null }, { file: 'a/y.md', kind: null }, { file: 'a/z.md', kind: null }]), []);
      // A folder that only holds one folder is named by that one: a folder added beside it later is not of its kind.
      assert.deepEqual(folderKinds([{ file: 'docs/ideas/a.md', kind: 'brief' }, { file: 'docs/ideas/b.md', kind: 'brief' }]).map((f) => f.glob), ['docs/ideas/**']);
      // A whole repository of RFCs is one folder: the one init ran in.
      assert.deepEqual(folderKinds([{ file: 'x.md', kind: 'brief' }, { file: 'y.md', kind: 'brief' }]).map((f) => f.glob), ['**']);
    });
    it('leaves a folder\'s own README or template out of the folder\'s kind, but not a document it read as nothing', () => {
      const [f] = folderKinds([
        { file: 'rfcs/README.md', kind: null },
        { file: 'rfcs/0000-template.md', kind: null },
        { file: 'rfcs/0001-a.md', kind: 'brief' },
        { file: 'rfcs/0002-b.md', kind: 'brief' },
        { file: 'rfcs/0003-c.md', kind: 'brief' },
        { file: 'rfcs/0004-d.md', kind: 'brief' },
        { file: 'rfcs/0005-e.md', kind: 'brief' },
        { file: 'rfcs/0006-f.md', kind: null },
      ]);
      assert.deepEqual(f!.excluded, ['rfcs/README.md', 'rfcs/0000-template.md']);
      // A repository of RFCs keeps its community files beside them.
      const [repo] = folderKinds([
        { file: 'CODE_OF_CONDUCT.md', kind: null }, { file: 'SECURITY.md', kind: null }, { file: '.github/ISSUE_TEMPLATE/bug.md', kind: null },
        { file: 'accepted/0001-a.md', kind: 'brief' }, { file: 'accepted/0002-b.md', kind: 'brief' },
      ]);
      assert.deepEqual(repo!.excluded, ['CODE_OF_CONDUCT.md', 'SECURITY.md', '.github/ISSUE_TEMPLATE/bug.md']);
      assert.deepEqual(initConfig([f!]).kinds, { brief: { files: ['rfcs/**', '!rfcs/README.md', '!rfcs/0000-template.md'] } });
    });
  });

  describe('the command', () => {
    let work = '';
    let out = '';
    let err = '';
    const io = () => ({ cwd: work, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
      fs.writeFileSync(path.join(work, rel), text);
    };
    const kindOf = async (rel: string) => {
      out = '';
      await run(['--format', 'json', rel], io());
      return (JSON.parse(out) as { kind: string | null }[])[0]!.kind;
    };
    beforeEach(() => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), 'speclint-init-'));
      out = '';
      err = '';
    });
    afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

    it('writes a config that names the folder, so a file read as nothing there becomes a spec', async () => {
      write('docs/ideas/README.md', '# Proposals\n\nHow we write them.\n');
      write('docs/ideas/one.md', '# RFC: Saved carts\n\n## Problem\n\nCarts get lost.\n');
      write('docs/ideas/two.md', '# RFC: Dark mode\n\n## Problem\n\nThe app is too bright at night.\n');
      write('docs/ideas/three.md', '# Collaborative editing\n\nTwo people edit one project.\n\n## Not in scope\n\nComments.\n');
      write('docs/ideas/four.md', '# Proposal: Offline mode\n\n## Problem\n\nNo signal on trains.\n');
      write('notes.md', '# Notes\n\nMeeting notes.\n');
      assert.equal(await kindOf('docs/ideas/three.md'), null);
      out = '';
      assert.equal(await run(['--init'], io()), 0, err);
      assert.match(out, /docs\/ideas\/\*\*: specs \(3 of 4 files read as specs one by one\)/);
      assert.match(out, /docs\/ideas\/three\.md was read as none; it will be read as a spec/);
      assert.match(out, /docs\/ideas\/README\.md was read as none; the folder's own page, left out/);
      const config = JSON.parse(fs.readFileSync(path.join(work, '.speclintrc.json'), 'utf8'));
      assert.deepEqual(config.kinds, { brief: { files: ['docs/ideas/**', '!docs/ideas/README.md'] } });
      assert.equal(await kindOf('docs/ideas/three.md'), 'brief');
      assert.equal(await kindOf('docs/ideas/README.md'), null);
      assert.equal(await kindOf('notes.md'), null);
    });

    it('never overwrites a config: it prints the kinds to add and exits 2', async () => {
      write('rfcs/one.md', '# RFC: Saved carts\n\n## Problem\n\nCarts get lost.\n');
      write('rfcs/two.md', '# RFC: Dark mode\n\n## Problem\n\nToo bright.\n');
      write('guide.md', '# Guide\n\nInstall it.\n');
      write('.speclintrc.yaml', 'rules:\n  no-minimizers: warning\n');
      assert.equal(await run(['--init'], io()), 2);
      assert.match(err, /\.speclintrc\.yaml already exists, so nothing was written\. Add these kinds to it:\n\{/);
      assert.match(err, /"rfcs\/\*\*"/);
      assert.equal(fs.readFileSync(path.join(work, '.speclintrc.yaml'), 'utf8'), 'rules:\n  no-minimizers: warning\n');
      assert.equal(fs.existsSync(path.join(work, '.speclintrc.json')), false);
    });

    it('writes nothing when no folder holds mostly one kind, and says why', async () => {
      write('guide.md', '# Guide\n\nHow to install.\n');
      write('faq.md', '# FAQ\n\nQuestions.\n');
      assert.equal(await run(['--init'], io()), 0);
      assert.match(out, /No folder holds mostly one kind of document/);
      assert.equal(fs.existsSync(path.join(work, '.speclintrc.json')), false);
    });

    it('is a usage error with no markdown, outside the folder, or with another mode', async () => {
      assert.equal(await run(['--init'], io()), 2);
      assert.match(err, /no markdown files found/);
      fs.mkdirSync(path.join(work, 'inner'));
      write('rfcs/one.md', '# RFC: a\n');
      err = '';
      assert.equal(await run(['--init', '../rfcs'], { ...io(), cwd: path.join(work, 'inner') }), 2);
      assert.match(err, /--init names folders under the current one/);
      for (const args of [['--init', '--fix'], ['--init', '-'], ['--init', '--format', 'json'], ['--init', '--print-config', 'x.md']]) {
        err = '';
        assert.equal(await run(args, io()), 2, args.join(' '));
        assert.match(err, /--init/);
      }
    });
  });
});
