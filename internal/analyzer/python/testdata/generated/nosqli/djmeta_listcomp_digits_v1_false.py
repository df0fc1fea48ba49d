# generated case: rule=PY-NOSQLI source=djmeta propagation=listcomp_digits sink=v1 expected=false
import json

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "".join([c for c in param if c.isdigit()])
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return JsonResponse({"result": result})
