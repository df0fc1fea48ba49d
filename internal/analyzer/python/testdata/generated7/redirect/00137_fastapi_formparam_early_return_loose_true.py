# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam shape=early_return_loose sink=v2 expected=true
from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def pick(value):
    if not value.isalnum():
        return "invalid"
    return value


def pick_loose(value):
    if value.isalnum():
        return value.lower()
    return value


@app.post("/case-00137")
def case_00137(request: Request, q: str = Form("")):
    param = q
    bar = pick_loose(param)
    return RedirectResponse(bar, status_code=302)  # want: PY-OPEN-REDIRECT
