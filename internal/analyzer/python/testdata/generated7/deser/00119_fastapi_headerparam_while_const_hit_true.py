# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam shape=while_const_hit sink=v2 expected=true
import yaml

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/case-00119")
def case_00119(request: Request, x_query: str = Header("")):
    param = x_query
    bar = "safe"
    i = 0
    while i < 3:
        if i == 2:
            bar = param
        i += 1
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
