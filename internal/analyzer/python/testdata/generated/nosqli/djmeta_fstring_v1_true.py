# generated case: rule=PY-NOSQLI source=djmeta propagation=fstring sink=v1 expected=true
import json

from django.http import JsonResponse
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]


def handle_nosqli(request):
    param = request.META.get("HTTP_X_P", "")
    bar = f"{param}"
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": result})
