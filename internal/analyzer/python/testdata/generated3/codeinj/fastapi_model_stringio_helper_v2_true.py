# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=model propagation=stringio (helper class) sink=v2 expected=true
import io

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.post("/00139")
def benchmark_test_00139(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
