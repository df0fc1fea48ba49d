# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=model propagation=if_fold_str_safe sink=v2 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00222")
def benchmark_test_00222(request: Request, item: Item):
    param = item.name
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
