// `npm start`: serves the built bundle and the demo pages.
export default {
  rootDir: '.',
  port: 8000,
  open: '/demo/',
  // CI and headless machines have no browser to open.
  ...(process.env.CI || !process.env.DISPLAY ? { open: false } : {}),
};
