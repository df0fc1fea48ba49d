# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=nesteddict_other sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.GET.get("p", "")
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    return HttpResponseRedirect(bar)
