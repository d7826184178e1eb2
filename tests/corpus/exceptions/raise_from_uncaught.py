class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e


print(load({"port": 80}, "port"))
load({"port": 80}, "host")
