# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=model propagation=dict_get_safe (helper class) sink=v2 expected=false
import pathlib

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Item(BaseModel):
    name: str
    quantity: int = 1


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.post("/00179")
def benchmark_test_00179(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}
