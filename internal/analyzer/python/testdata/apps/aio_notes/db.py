"""Database helpers for the notes service.

Notes live in SQLite (aiosqlite); the shared tag directory lives in Postgres
(asyncpg). Some helpers bind parameters, some build SQL by hand.
"""
import aiosqlite
import asyncpg

DB_PATH = "/var/lib/aionotes/notes.db"
PG_DSN = "postgresql://notes@pg/notes"

SORT_COLUMNS = {"title", "created", "updated"}


async def find_user(username):
    async with aiosqlite.connect(DB_PATH) as conn:
        cur = await conn.execute(
            "SELECT id, username, password_hash, role FROM users WHERE username = ?", (username,)
        )
        return await cur.fetchone()


async def search_notes(owner_id, term):
    # LIKE search built by hand: the term is pasted into the statement.
    sql = "SELECT id, title, body FROM notes WHERE owner_id = %d AND title LIKE '%%%s%%'" % (owner_id, term)
    async with aiosqlite.connect(DB_PATH) as conn:
        cur = await conn.execute(sql)  # want: PY-SQLI
        return await cur.fetchall()


async def list_notes(owner_id, sort):
    # ORDER BY cannot be bound; the column is checked against an allow-list.
    if sort not in SORT_COLUMNS:
        sort = "created"
    async with aiosqlite.connect(DB_PATH) as conn:
        cur = await conn.execute(f"SELECT id, title FROM notes WHERE owner_id = ? ORDER BY {sort} DESC", (owner_id,))
        return await cur.fetchall()


async def get_note(note_id):
    async with aiosqlite.connect(DB_PATH) as conn:
        cur = await conn.execute("SELECT id, owner_id, title, body FROM notes WHERE id = ?", (note_id,))
        return await cur.fetchone()


async def delete_note(note_id):
    async with aiosqlite.connect(DB_PATH) as conn:
        await conn.execute("DELETE FROM notes WHERE id = %d" % int(note_id))
        await conn.commit()


async def add_note(owner_id, title, body):
    async with aiosqlite.connect(DB_PATH) as conn:
        await conn.execute(
            "INSERT INTO notes (owner_id, title, body) VALUES (?, ?, ?)", (owner_id, title, body)
        )
        await conn.commit()


async def notes_with_tag(tag):
    conn = await asyncpg.connect(PG_DSN)
    try:
        return await conn.fetch("SELECT note_id FROM tags WHERE name = '" + tag + "'")  # want: PY-SQLI
    finally:
        await conn.close()


async def tag_count(tag):
    conn = await asyncpg.connect(PG_DSN)
    try:
        return await conn.fetchval("SELECT count(*) FROM tags WHERE name = $1", tag)
    finally:
        await conn.close()
