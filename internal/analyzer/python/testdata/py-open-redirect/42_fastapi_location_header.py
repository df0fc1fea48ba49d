# py-open-redirect: a Location header set on a FastAPI/Starlette Response
# object redirects to the input; a constant target or a header on a plain
# dict does not.
from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/go")
def go(target: str = "/"):
    resp = Response(status_code=302)
    resp.headers["Location"] = target  # want: PY-OPEN-REDIRECT
    return resp


@app.get("/home")
def home(target: str = "/"):
    resp = Response(status_code=302)
    resp.headers["Location"] = "/dashboard"  # safe: a constant target
    return resp


@app.get("/echo")
def echo(target: str = "/"):
    meta = {"headers": {}}
    meta["headers"]["Location"] = target  # safe: not a response
    return {"next": len(target)}
