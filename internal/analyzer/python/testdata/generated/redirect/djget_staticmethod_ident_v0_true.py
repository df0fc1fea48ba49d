# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=staticmethod_ident sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


class Util:
    @staticmethod
    def passthrough(value):
        return value


def handle_redirect(request):
    param = request.GET.get("p", "")
    bar = Util.passthrough(param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT
