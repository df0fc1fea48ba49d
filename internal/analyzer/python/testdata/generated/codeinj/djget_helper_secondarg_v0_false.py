# generated case: rule=PY-CODE-INJECTION source=djget propagation=helper_secondarg sink=v0 expected=false
from django.http import JsonResponse


def pick(first, second):
    return first


def handle_codeinj(request):
    param = request.GET.get("p", "")
    bar = pick("fixed", param)
    result = str(eval(bar))
    return JsonResponse({"result": result})
