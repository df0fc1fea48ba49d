# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=formparam shape=extend_negative_safe sink=v2 expected=false
import yaml

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00047")
def case_00047(request: Request, q: str = Form("")):
    param = q
    vals = ["a"]
    vals.extend([param, "b"])
    bar = vals[-1]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return {"result": str(result)}
