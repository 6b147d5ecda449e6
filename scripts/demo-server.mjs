// Starts `npm start`'s server on a free port for a script that drives the demo page.
import { spawn } from 'node:child_process';

/** The demo (mock API) on a random port: its URL, and `stop()`. */
export async function startDemoServer() {
  const port = 8000 + Math.floor(Math.random() * 900) + 50;
  const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const match = /(http:\/\/\S+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
  });
  return { url, stop: () => server.kill() };
}
