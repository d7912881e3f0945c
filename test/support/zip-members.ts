/**
 * A filing package's members in and out of memory, for tests that tamper with a package: read every member,
 * change some, and zip them again with yazl (a writer independent of ours, so the CRCs match the changed
 * content and only the check under test can fail).
 */
import { writeFileSync } from 'node:fs';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';

/** Every member of a well-formed package, in archive order. */
export function readMembers(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const members = new Map<string, Buffer>();
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            members.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(members));
      zip.readEntry();
    });
  });
}

/** Writes the members, stored (uncompressed), in the map's order. */
export function writeMembers(file: string, members: Map<string, Buffer>): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const [name, data] of members) zip.addBuffer(data, name, { compress: false });
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve();
    });
    zip.outputStream.on('error', reject);
  });
}
