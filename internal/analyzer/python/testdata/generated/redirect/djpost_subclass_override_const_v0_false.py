# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=subclass_override_const sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


def handle_redirect(request):
    param = request.POST["p"]
    bar = Child().transform(param)
    return HttpResponseRedirect(bar)
