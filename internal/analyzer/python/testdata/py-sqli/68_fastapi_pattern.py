# py-sqli: FastAPI rejects a parameter that does not match its pattern=
# before the handler runs; a pattern anchored at both ends over safe
# characters makes it safe, a loose or unanchored one does not.
import sqlite3
from typing import Annotated

from fastapi import FastAPI, Query
from pydantic import BaseModel, Field

app = FastAPI()


class Lookup(BaseModel):
    name: str = Field(pattern=r"^[a-z0-9_]{1,32}$")


@app.get("/strict")
def strict(q: str = Query("guest", pattern="^[a-z0-9_]{1,32}$")):
    return {"r": sqlite3.connect("app.db").execute(f"SELECT * FROM users WHERE name = '{q}'").fetchall()}  # safe: validated


@app.get("/annotated")
def annotated(q: Annotated[str, Query(pattern="^[a-z]+$")] = "guest"):
    return {"r": sqlite3.connect("app.db").execute(f"SELECT * FROM users WHERE name = '{q}'").fetchall()}  # safe: validated


@app.post("/model")
def model(body: Lookup):
    return {"r": sqlite3.connect("app.db").execute(f"SELECT * FROM users WHERE name = '{body.name}'").fetchall()}  # safe: validated


@app.get("/unanchored")
def unanchored(q: str = Query("guest", pattern="[a-z]+")):
    return {"r": sqlite3.connect("app.db").execute(f"SELECT * FROM users WHERE name = '{q}'").fetchall()}  # want: PY-SQLI


@app.get("/loose")
def loose(q: str = Query("guest", pattern="^.+$")):
    return {"r": sqlite3.connect("app.db").execute(f"SELECT * FROM users WHERE name = '{q}'").fetchall()}  # want: PY-SQLI
