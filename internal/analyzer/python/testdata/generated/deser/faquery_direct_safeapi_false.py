# generated case: rule=PY-DESERIALIZATION source=faquery propagation=direct sink=safe-api expected=false
import json

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser")
def handle_deser(p: str = ""):
    param = p
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return {"result": result}
