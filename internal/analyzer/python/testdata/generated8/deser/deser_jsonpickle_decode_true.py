# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=fastapi shape=jsonpickle_decode expected=true
import jsonpickle
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/deser_jsonpickle_decode", methods=["GET", "POST"])
def case_jsonpickle_decode(request: Request, q: str = Cookie("")):
    param = q
    obj = jsonpickle.decode(param)  # want: PY-DESERIALIZATION
    return {"result": str(type(obj).__name__)}
