# GraphQL resolvers (Strawberry): typed arguments; the info and self parameters are the server's
import sqlite3
import subprocess

import strawberry
from strawberry.types import Info


def db():
    return sqlite3.connect("books.db")


def books_by(author: str) -> list[str]:
    return db().execute("SELECT title FROM books WHERE author = '" + author + "'").fetchall()  # want: PY-SQLI


@strawberry.type
class Query:
    books: list[str] = strawberry.field(resolver=books_by)

    @strawberry.field
    def book(self, info: Info, id: int, title: str) -> str:
        db().execute("SELECT * FROM books WHERE id = " + str(id))  # safe: PY-SQLI (an int argument)
        return db().execute(f"SELECT * FROM books WHERE title = '{title}'").fetchone()  # want: PY-SQLI


@strawberry.type
class Mutation:
    @strawberry.mutation
    def ping(self, host: str) -> str:
        return subprocess.run("ping -c 1 " + host, shell=True, capture_output=True).stdout  # want: PY-CMDI


schema = strawberry.Schema(query=Query, mutation=Mutation)
