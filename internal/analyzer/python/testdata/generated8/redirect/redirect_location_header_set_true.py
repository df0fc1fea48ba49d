# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=location_header_set expected=true
from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/redirect_location_header_set")
def case_location_header_set(target: str = "/"):
    resp = Response(status_code=302)
    resp.headers["Location"] = target  # want: PY-OPEN-REDIRECT
    return resp
