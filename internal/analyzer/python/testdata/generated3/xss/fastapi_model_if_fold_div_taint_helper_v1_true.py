# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=model propagation=if_fold_div_taint (helper class) sink=v1 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


@app.post("/00198")
def benchmark_test_00198(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
