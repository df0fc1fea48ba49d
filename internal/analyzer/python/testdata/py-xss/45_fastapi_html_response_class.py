# XSS: a FastAPI route declared with response_class=HTMLResponse returns a
# string built from a query parameter; the same string from a route without
# it is JSON, and an escaped one is safe
import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
async def hello(name: str = "guest"):
    return f"<h1>Hello {name}</h1>"  # want: PY-XSS


@app.get("/hello-json")
async def hello_json(name: str = "guest"):
    return f"<h1>Hello {name}</h1>"


@app.get("/hello-safe", response_class=HTMLResponse)
async def hello_safe(name: str = "guest"):
    return f"<h1>Hello {html.escape(name)}</h1>"


@app.get("/count", response_class=HTMLResponse)
async def count(n: int = 0):
    return f"<p>{n} items</p>"
