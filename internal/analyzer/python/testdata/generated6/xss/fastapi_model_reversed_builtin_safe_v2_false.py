# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=model shape=reversed_builtin_safe sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00176")
def benchmark_test_00176(request: Request, item: Item):
    param = item.name
    bar = list(reversed([param, "safe"]))[0]
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
