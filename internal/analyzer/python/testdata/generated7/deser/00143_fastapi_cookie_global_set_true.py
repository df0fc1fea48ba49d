# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=fastapi source=cookie shape=global_set sink=v2 expected=true
import yaml

from fastapi import FastAPI, Request

app = FastAPI()


CURRENT = "default"


def set_current(value):
    global CURRENT
    CURRENT = value


@app.get("/case-00143")
def case_00143(request: Request):
    param = request.cookies.get("q", "none")
    set_current(param)
    bar = CURRENT
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
