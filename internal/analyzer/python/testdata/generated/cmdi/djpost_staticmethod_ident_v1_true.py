# generated case: rule=PY-CMDI source=djpost propagation=staticmethod_ident sink=v1 expected=true
import os

from django.http import JsonResponse


class Util:
    @staticmethod
    def passthrough(value):
        return value


def handle_cmdi(request):
    param = request.POST["p"]
    bar = Util.passthrough(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": result})
