# generated case: rule=PY-NOSQLI source=djget propagation=match_prefix_guard sink=v0 expected=true
import re

from django.http import HttpResponseBadRequest, JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.GET.get("p", "")
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        return HttpResponseBadRequest("invalid")
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": result})
