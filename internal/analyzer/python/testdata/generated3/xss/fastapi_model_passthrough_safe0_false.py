# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=model propagation=passthrough (helper class) sink=safe0 expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.post("/00237")
def benchmark_test_00237(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {html.escape(bar)}</p>")
