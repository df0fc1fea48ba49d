# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=model propagation=dict_get_taint sink=v1 expected=true
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00164")
def benchmark_test_00164(request: Request, item: Item):
    param = item.name
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": str(result)}
