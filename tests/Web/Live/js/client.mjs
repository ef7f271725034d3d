// A JavaScript client of the maps hub, as a browser app or an integration would write it.
// Usage: node client.mjs <baseUrl> <accountId> [messages=1]
// Prints one JSON object per line: {"joined":<version>}, then {"mapChanged":<payload>} for each
// message; exits 0 after [messages] of them, 2 when they do not come within 30 s, 1 on an error.
import * as signalR from "@microsoft/signalr";

const [baseUrl, accountId, wanted = "1"] = process.argv.slice(2);
if (!baseUrl || !accountId) {
  console.error("usage: node client.mjs <baseUrl> <accountId> [messages]");
  process.exit(1);
}

const connection = new signalR.HubConnectionBuilder()
  // Integrations sign in with a personal access token (SALESOPS_TOKEN), sent as the hub expects it.
  .withUrl(new URL("/hubs/maps", baseUrl).href, { accessTokenFactory: () => process.env.SALESOPS_TOKEN ?? "" })
  .configureLogging(signalR.LogLevel.Warning)
  .build();

let received = 0;
connection.on("MapChanged", async (message) => {
  console.log(JSON.stringify({ mapChanged: message }));
  if (++received >= Number(wanted)) {
    await connection.stop();
    process.exit(0);
  }
});

setTimeout(() => {
  console.error(`timed out after ${received} of ${wanted} MapChanged messages`);
  process.exit(2);
}, 30_000).unref();

try {
  await connection.start();
  // An unknown account is refused with the server's own words.
  try {
    await connection.invoke("JoinMap", "no-such-account");
  } catch (e) {
    console.log(JSON.stringify({ unknownAccountError: e.message }));
  }
  const version = await connection.invoke("JoinMap", accountId);
  console.log(JSON.stringify({ joined: version, transport: connection.connection?.transport?.constructor?.name ?? null }));
} catch (e) {
  console.error(`hub error: ${e.message}`);
  process.exit(1);
}
