# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=fastapi shape=cache_const_bytes expected=false
import pickle
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

CACHE = {"empty": pickle.dumps([]), "one": pickle.dumps([1])}


@app.api_route("/deser_cache_const_bytes", methods=["GET", "POST"])
def case_cache_const_bytes(request: Request, q: str = Query("")):
    param = q
    key = "one" if param == "1" else "empty"
    obj = pickle.loads(CACHE[key])
    return {"result": str(len(obj))}
