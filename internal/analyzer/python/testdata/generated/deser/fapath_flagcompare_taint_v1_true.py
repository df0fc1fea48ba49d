# generated case: rule=PY-DESERIALIZATION source=fapath propagation=flagcompare_taint sink=v1 expected=true
import yaml

from fastapi import FastAPI

app = FastAPI()


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    flag = "yes"
    if flag == "yes":
        bar = param
    else:
        bar = "safe"
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
