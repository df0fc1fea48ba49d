# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=initstore_used sink=v1 expected=true
from django.http import JsonResponse


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def value(self):
        return self._value


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    holder = Holder(param)
    bar = holder.value()
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
