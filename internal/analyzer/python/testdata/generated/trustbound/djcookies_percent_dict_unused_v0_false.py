# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=percent_dict_unused sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    bar = "%(a)s" % {"a": "safe", "b": param}
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
