# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=recursion_ident sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = unwrap(param, 3)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
