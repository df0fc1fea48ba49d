# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=headerparam shape=enum_value_lookup sink=v1 expected=false
from enum import Enum
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Color(Enum):
    RED = "red"
    GREEN = "green"


@app.get("/00286")
def benchmark_test_00286(request: Request, referer: str = Header("")):
    param = referer
    bar = Color(param).value
    return RedirectResponse(bar)
