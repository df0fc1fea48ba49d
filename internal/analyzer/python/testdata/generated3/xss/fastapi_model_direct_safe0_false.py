# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=model propagation=direct sink=safe0 expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00264")
def benchmark_test_00264(request: Request, item: Item):
    param = item.name
    bar = param
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
