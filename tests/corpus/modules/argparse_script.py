import argparse
import sys


def build_parser():
    parser = argparse.ArgumentParser(description='Taxi fleet simulator.')
    parser.add_argument('-e', '--end-time', type=int, default=180,
                        help='simulation end time; default = 180')
    parser.add_argument('-t', '--taxis', type=int, default=3,
                        help='number of taxis running; default = 3')
    parser.add_argument('-s', '--seed', type=int, default=None,
                        help='random generator seed (for testing)')
    parser.add_argument('-v', '--verbose', action='store_true')
    parser.add_argument('--level', choices=['low', 'high'], default='low')
    parser.add_argument('names', nargs='*', metavar='NAME')
    return parser


parser = build_parser()
args = parser.parse_args()
print(args)
print(args.end_time, args.taxis, args.seed, args.verbose, args.names)
print(vars(parser.parse_args(['-e', '10', '--taxis=5', '-v', 'x', 'y'])))
print(parser.parse_args(['--seed', '7', '--level', 'high']).seed)
print(sys.argv[1:])
for bad in (['-e', 'ten'], ['--level', 'mid']):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print('exit code', e.code)
p2 = argparse.ArgumentParser()
p2.add_argument('url')
p2.parse_args()
