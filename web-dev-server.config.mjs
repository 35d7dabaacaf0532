// `npm start`: serves the built bundle and the demo pages. The port is PORT when set;
// otherwise 8000, or the next free one when 8000 is taken (the dev server's own search).
const port = process.env.PORT ? Number(process.env.PORT) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  throw new Error(`PORT=${process.env.PORT} is not a port number`);
}

export default {
  rootDir: '.',
  ...(port ? { port } : {}),
  open: '/demo/',
  // CI and headless machines have no browser to open.
  ...(process.env.CI || !process.env.DISPLAY ? { open: false } : {}),
  plugins: [
    {
      name: 'print-demo-address',
      // The port is known only now; the start message names the root, this line the demo.
      serverStart({ config }) {
        console.log(`Demo: http://localhost:${config.port}/demo/`);
      },
    },
  ],
};
