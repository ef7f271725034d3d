-- A SalesOps SQLite database as schema 1 (the first release) left it, with data: the upgrade test's fixture.
-- Frozen: never regenerate it from the current migrations.
PRAGMA foreign_keys = ON;
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    industry TEXT, country TEXT,
    position TEXT NOT NULL,
    share_of_wallet INTEGER,
    potential_amount TEXT, potential_currency TEXT,
    brings_innovations INTEGER NOT NULL DEFAULT 0,
    involves_development INTEGER NOT NULL DEFAULT 0,
    consults_strategy INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL
);
CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, name TEXT NOT NULL, title TEXT, level TEXT, roles TEXT NOT NULL DEFAULT '',
    stance TEXT, influence TEXT, involvement TEXT, team_role TEXT,
    email TEXT, phone TEXT, concerns TEXT,
    x REAL, y REAL,
    version INTEGER NOT NULL
);
CREATE INDEX nodes_account ON nodes(account_id);
CREATE TABLE edges (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    from_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    to_id TEXT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
    strength INTEGER, dotted INTEGER NOT NULL DEFAULT 0, note TEXT,
    status TEXT, cadence_days INTEGER, last_contact TEXT, goal TEXT,
    version INTEGER NOT NULL,
    UNIQUE (type, from_id, to_id)
);
CREATE INDEX edges_account ON edges(account_id);
INSERT INTO accounts (id, name, industry, country, position, share_of_wallet, potential_amount, potential_currency,
    brings_innovations, involves_development, consults_strategy, version)
VALUES ('acc-old', 'Vidal Packaging', 'Packaging', 'ES', 'Listed', 15, '1250000.50', 'EUR', 1, 0, 1, 4);
INSERT INTO nodes (id, account_id, kind, name, title, level, roles, stance, influence, involvement, team_role, email, phone, concerns, x, y, version)
VALUES ('f-purchasing', 'acc-old', 'Function', 'Purchasing', NULL, NULL, '', NULL, NULL, 'Direct', NULL, NULL, NULL, NULL, 400.0, 40.0, 1),
       ('p-maria', 'acc-old', 'Person', 'María Vidal', 'CFO', 'Executive', 'DecisionMaker,Signer', 'Supporter', 'High', NULL, NULL,
        'maria@vidal.example', '+34 600 000 000', 'Price; delivery times', 120.5, -30.25, 2),
       ('p-luis', 'acc-old', 'Person', 'Luis Prat', 'Buyer', 'Specialist', 'Purchaser', 'Neutral', 'Medium', NULL, NULL, NULL, NULL, NULL, 10.0, 200.0, 1),
       ('c-ana', 'acc-old', 'Counterpart', 'Ana Ruiz', NULL, NULL, '', NULL, NULL, NULL, 'AccountManager', NULL, NULL, NULL, -200.0, 0.0, 3);
INSERT INTO edges (id, account_id, type, from_id, to_id, strength, dotted, note, status, cadence_days, last_contact, goal, version)
VALUES ('e-works', 'acc-old', 'WORKS_IN', 'p-luis', 'f-purchasing', NULL, 0, NULL, NULL, NULL, NULL, NULL, 1),
       ('e-reports', 'acc-old', 'REPORTS_TO', 'p-luis', 'p-maria', 3, 1, 'Dotted line since the merger', NULL, NULL, NULL, NULL, 2),
       ('e-talks', 'acc-old', 'TALKS_WITH', 'c-ana', 'p-maria', 4, 0, NULL, 'Active', 30, '2026-02-01', 'Meet the new plant manager', 4);
PRAGMA user_version = 1;
