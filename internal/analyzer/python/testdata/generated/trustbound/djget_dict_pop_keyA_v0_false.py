# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=dict_pop_keyA sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyA")
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
