# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=model propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00546")
def benchmark_test_00546(request: Request, item: Item):
    param = item.name
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return {"result": str(result)}
