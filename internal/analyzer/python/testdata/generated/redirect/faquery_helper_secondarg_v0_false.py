# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=helper_secondarg sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


def pick(first, second):
    return first


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    bar = pick("fixed", param)
    return RedirectResponse(bar)
