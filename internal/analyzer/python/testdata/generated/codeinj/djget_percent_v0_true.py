# generated case: rule=PY-CODE-INJECTION source=djget propagation=percent sink=v0 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    bar = "%s" % param
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})
