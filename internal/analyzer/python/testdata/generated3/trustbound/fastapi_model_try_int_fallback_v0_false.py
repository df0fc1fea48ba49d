# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=model propagation=try_int_fallback sink=v0 expected=false
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00603")
def benchmark_test_00603(request: Request, item: Item):
    param = item.name
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
