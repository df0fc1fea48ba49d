# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=formparam shape=dill_loads sink=specific expected=true
import base64
import dill

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00291")
def case_00291(request: Request, q: str = Form("")):
    param = q
    bar = param
    obj = dill.loads(base64.urlsafe_b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
