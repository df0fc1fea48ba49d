# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=sha256 sink=v0 expected=false
import hashlib

from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
